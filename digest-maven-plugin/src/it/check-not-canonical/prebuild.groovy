// As Notepad saves it: Windows line ends, and one after the last line.
def file = new File(basedir, 'src/main/digests/2024-10-11.txt')
file.setText(file.getText('UTF-8').replace('\n', '\r\n') + '\r\n', 'UTF-8')
