// After the third build: the new file converted, the other left alone, the deleted one's output gone.
def conversions = new File(basedir, 'build.log').readLines().findAll { it.contains('[INFO] Converted ') }
assert conversions.size() == 3
assert conversions[2] =~ /Converted 1 digest file to json in \d+ ms \(1 up to date, 1 stale output removed\)/

def outputs = new File(basedir, 'target/generated-resources/digests')
assert outputs.list().sort() == ['2024-10-11.json', '2024-10-13.json']
def written = new Properties()
new File(basedir, 'target/written.properties').withInputStream { written.load(it) }
assert new File(outputs, '2024-10-11.json').lastModified() == written['2024-10-11.json'] as long
