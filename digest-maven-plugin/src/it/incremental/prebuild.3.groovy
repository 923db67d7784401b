// Before the third build: one digest file is deleted, and a new day's file is written.
def digests = new File(basedir, 'src/main/digests')
assert new File(digests, '2024-10-12.md').delete()
def text = new File(digests, '2024-10-11.txt').getText('UTF-8')
new File(digests, '2024-10-13.txt').setText(text.replace('2024년 10월 11일', '2024년 10월 13일'), 'UTF-8')
