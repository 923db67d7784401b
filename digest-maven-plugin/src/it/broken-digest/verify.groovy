def log = new File(basedir, 'build.log').text
def digests = new File(basedir, 'src/main/digests').toPath().toAbsolutePath().normalize().toString()

assert log.contains("[ERROR] ${digests}/2024-10-12.txt:3:39: invalid UTF-8")
assert log =~ /\[ERROR\] \Q${digests}\E\/2024-10-13\.txt:5:1: \S/
assert log.contains("[WARNING] ${digests}/empty.txt:1:1: the input holds no digest")
assert !log.contains("${digests}/2024-10-11.txt")
assert log.contains('2 errors in 2 digest files, each listed above as path:line:column.')
assert log.contains('BUILD FAILURE')
// The build stopped at validate: nothing was converted.
assert !new File(basedir, 'target/generated-resources').exists()
// An ordinary mistake shows no stack trace.
assert !log.contains('\tat ')
assert !log.contains('Caused by')
