def log = new File(basedir, 'build.log').text
def digests = new File(basedir, 'src/main/digests').toPath().toAbsolutePath().normalize().toString()

// It reads, so validate passes; only check fails, naming the one file.
assert log =~ /\[INFO\] Validated 2 digest files in \d+ ms: 0 errors, 0 warnings/
assert log.contains("[ERROR] ${digests}/2024-10-11.txt: not in canonical form; `digest fmt` rewrites it")
assert !log.contains("${digests}/2024-10-12.md")
assert log.contains('1 digest file not in canonical form and 0 other errors, each listed above.')
assert !log.contains('\tat ')
