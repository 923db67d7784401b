import groovy.json.JsonSlurper
import java.util.jar.JarFile

def jar = new JarFile(new File(basedir, 'target/convert-to-json-jar-1.0.jar'))
try {
    def json = { String name ->
        def entry = jar.getJarEntry(name)
        assert entry != null : "the jar holds ${name}"
        new JsonSlurper().parse(jar.getInputStream(entry), 'UTF-8')
    }
    assert json('2024/2024-10-11.json').papers[0].title == 'Attention Is All You Need'
    assert json('notes/2024-10-12.json').date == '2024-10-12'
    def site = json('static/digests.json')
    assert site.date == '2024-10-10'
    assert site.papers.size() == 8
    assert jar.getJarEntry('2024/2024-10-11.txt') == null
} finally {
    jar.close()
}

def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Validated 2 digest files in \d+ ms: 0 errors, 0 warnings/
assert log =~ /\[INFO\] Converted 2 digest files to json in \d+ ms \(0 up to date, 0 stale outputs removed\)/
assert log =~ /\[INFO\] Wrote static.digests\.json, json from 1 digest file in \d+ ms/
assert log =~ /\[INFO\] Checked 2 digest files in \d+ ms: 0 not in canonical form/
