// A name pasted from a Latin-1 page into an otherwise UTF-8 file: its ü is the single byte 0xFC.
def digests = new File(basedir, 'src/main/digests')
def text = new File(digests, '2024-10-11.txt').getText('UTF-8')
        .replace('2024년 10월 11일', '2024년 10월 12일')
        .replace('Niki Parmar', 'Jonas M\u00fcller')
def (before, after) = text.split('\u00fc')
new File(digests, '2024-10-12.txt').withOutputStream { out ->
    out.write(before.getBytes('UTF-8'))
    out.write(0xFC)
    out.write(after.getBytes('UTF-8'))
}
