# Checks every explanation: its first rust example must fail with its code under rustc, its second must compile.
# Run by hand (tests never call rustc): python3 verify_explain.py
import glob, os, re, subprocess, sys
ok = True
for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../main/resources/rustle/explain/*.md'))):
    code = os.path.basename(path)[:-3]
    text = open(path).read()
    blocks = re.findall(r"```rust\n(.*?)```", text, re.S)
    assert len(blocks) == 2, (code, len(blocks))
    want = 'E0425' if code == 'E0412' else code
    res = []
    for i, b in enumerate(blocks):
        open('/tmp/ex.rs', 'w').write(b)
        p = subprocess.run(['rustc', '--edition', '2021', '-A', 'warnings', '-o', '/tmp/ex', '/tmp/ex.rs'], capture_output=True, text=True)
        codes = sorted(set(re.findall(r"^error\[(E\d+)\]", p.stderr, re.M)))
        res.append((p.returncode, codes))
    bad_ok = res[0][0] != 0 and res[0][1] == [want]
    fix_ok = res[1][0] == 0
    if not (bad_ok and fix_ok):
        ok = False
    print(code, 'example:', res[0][1], 'fix compiles:', fix_ok, '' if bad_ok and fix_ok else '  <-- PROBLEM')
sys.exit(0 if ok else 1)
