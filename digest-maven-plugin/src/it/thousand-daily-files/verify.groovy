def log = new File(basedir, 'build.log').text
def conversion = (log =~ /\[INFO\] (Converted 1000 digest files to json in \d+ ms) \(0 up to date/)
assert conversion.find()
println "thousand-daily-files: ${conversion.group(1)}"

def outputs = new File(basedir, 'target/generated-resources/digests')
def count = 0
outputs.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.json')) count++ }
assert count == 1000
assert new File(outputs, '2024/09/2024-09-26.json').getText('UTF-8').contains('"date": "2024-09-26"')
