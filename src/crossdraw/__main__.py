from crossdraw.cli.app import main

main()
