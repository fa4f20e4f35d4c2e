"""Every exit code in tools/common/exit_codes.def is documented: a row of docs/tools.md's
exit-code table ("| 2 | `SyntaxError` | ... |") and a line of medi-run --help ("  2    ...").
Usage: check_exit_codes.py <source root> <medi-run --help output>"""
import re
import sys

root, help_file = sys.argv[1], sys.argv[2]
rows = re.findall(r'^MEDI_EXIT_CODE\((\w+), (\d+), "([^"]*)"\)',
                  open(f"{root}/tools/common/exit_codes.def").read(), re.M)
docs = open(f"{root}/docs/tools.md").read()
help_text = open(help_file).read()
missing = []
for name, value, _ in rows:
    if not re.search(rf"^\| {value} \| `{name}` \|", docs, re.M):
        missing.append(f"docs/tools.md has no row '| {value} | `{name}` | ...'")
    if not re.search(rf"^  {value} +\S", help_text, re.M):
        missing.append(f"medi-run --help does not list exit code {value} ({name})")
if len(rows) < 9:
    missing.append(f"only {len(rows)} rows read from exit_codes.def")
for line in missing:
    print(line)
print(f"{len(rows)} exit codes, {len(missing)} problems")
sys.exit(1 if missing else 0)
