from crossdraw.cli.launch import main

main()
