// After the first build: remember when each output was written.
def outputs = new File(basedir, 'target/generated-resources/digests')
def written = new Properties()
['2024-10-11.json', '2024-10-12.json'].each { name ->
    def output = new File(outputs, name)
    assert output.isFile()
    written[name] = String.valueOf(output.lastModified())
}
new File(basedir, 'target/written.properties').withOutputStream { written.store(it, null) }
