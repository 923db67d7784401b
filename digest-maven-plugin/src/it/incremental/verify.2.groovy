// After the second build: nothing converted, and the outputs are the files the first one wrote.
def conversions = new File(basedir, 'build.log').readLines().findAll { it.contains('[INFO] Converted ') }
assert conversions.size() == 2
assert conversions[0] =~ /Converted 2 digest files to json in \d+ ms \(0 up to date, 0 stale outputs removed\)/
assert conversions[1] =~ /Converted 0 digest files to json in \d+ ms \(2 up to date, 0 stale outputs removed\)/

def written = new Properties()
new File(basedir, 'target/written.properties').withInputStream { written.load(it) }
for (name in written.stringPropertyNames()) {
    def output = new File(basedir, "target/generated-resources/digests/${name}")
    assert output.lastModified() == written[name] as long
}
