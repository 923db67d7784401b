// 1,000 consecutive days from 2022-01-01, each the sample (8 papers, 16.7 kB) under its own date,
// in year/month directories as an archive of daily files is kept.
import java.time.LocalDate

def sample = new File(examplesDirectory, '2024-10-10.txt').getText('UTF-8')
def digests = new File(basedir, 'src/main/digests')
LocalDate day = LocalDate.of(2022, 1, 1)
1000.times {
    def file = new File(digests, String.format('%tY/%<tm/%<tF.txt', day))
    file.parentFile.mkdirs()
    file.setText(sample.replace('2024년 10월 10일', "${day.year}년 ${day.monthValue}월 ${day.dayOfMonth}일"), 'UTF-8')
    day = day.plusDays(1)
}
