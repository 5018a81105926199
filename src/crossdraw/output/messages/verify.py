"""What `crossdraw verify` can and cannot check in a folder (issue 11)."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
    # ledger-sign (issue 11): what `crossdraw verify` can and cannot check in a folder.
    "verify.lines_trusted": Text(
        "账本 {n} 行均由受信任的密钥签名：替换、删除中间行、调换或嫁接任何一行都需要私钥。",
        "All {n} ledger lines are signed by a trusted key: replacing, removing (but for the "
        "last), reordering or grafting a line needs the private key.",
    ),
    "verify.lines_signed": Text(
        "账本 {n} 行中有 {signed} 行已签名，但未核对是谁的密钥：请用 --public-key 指定受信任的公钥。",
        "{signed} of the {n} ledger lines are signed, but no key was checked: give the "
        "trusted key with --public-key.",
    ),
    "verify.unsigned": Text(
        "账本行未签名（抽签时未用 --sign-key）：不需要任何密钥，就能把一次抽签连同其记录重抽、"
        "删除或替换，再重新串链。只有与签字单上的账本头（--head）和记录指纹（--digest）核对才能发现。",
        "The ledger's lines are not signed (drawn without --sign-key): with no key at all, a "
        "draw and its record can be redrawn, removed or replaced and the chain rebuilt. Only "
        "the head (--head) and the record fingerprints (--digest) written on the sign-off "
        "sheets show it.",
    ),
    "verify.end_unchecked": Text(
        "未核对账本末尾：删去最后几行（连同其记录）不破坏链条，签名也查不出；"
        '请用签字单上的账本头核对（--head "{head}"，如与纸面一致）。',
        "The end of the ledger was not checked: cutting its last lines (with their records) "
        "leaves the chain intact, signed or not; check it against the head written on the "
        'latest sign-off sheet (--head "{head}", if that is what the paper says).',
    ),
    "verify.head_found": Text(
        "账本仍包含纸面上的账本头 {head}（第 {line} 行）。",
        "The ledger still holds the head {head} written on paper (line {line}).",
    ),
    "verify.fingerprints": Text(
        "各记录指纹（与签字单核对）：",
        "Each record's fingerprint (compare with its sign-off sheet):",
    ),
    "verify.fingerprint_line": Text("  {fp}  {path}{state}", "  {fp}  {path}{state}"),
    "verify.voided_state": Text("（已作废）", " (voided)"),
    "verify.digest_found": Text(
        "纸面指纹 {given} 对应记录 {path}{state}。",
        "The fingerprint {given} on paper is the record {path}{state}.",
    ),
    "verify.digest_missing": Text(
        "没有指纹为 {given} 的记录：签字单上的这次抽签已被删除或替换（或未给出其文件夹）",
        "no record has the fingerprint {given}: the draw on that sign-off sheet was removed "
        "or replaced (or its folder was not given)",
    ),
}
