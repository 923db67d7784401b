import java.util.jar.JarFile

def log = new File(basedir, 'build.log').text
assert log.contains('thread count of 2')
assert log =~ /\[INFO\] Wrote papers\.titles, titles from 2 digest files in \d+ ms/

def titles = new File(basedir, 'papers-titles/target/generated-resources/digests/papers.titles')
assert titles.getText('UTF-8') ==
        '2024-10-11\tAttention Is All You Need\n2024-10-12\tScaling Laws for Neural Language Models\n'

def jar = new JarFile(new File(basedir, 'papers-json/target/papers-json-1.0.jar'))
try {
    assert jar.getJarEntry('2024-10-11.json') != null
} finally {
    jar.close()
}
