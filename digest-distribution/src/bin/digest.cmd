@REM The digest command of an unpacked distribution: runs dev.paperdigest.cli.DigestCommand with
@REM every jar of ..\lib on the class path.
@REM
@REM   JAVA_HOME         the Java (17 or later) to run; without it, java on the PATH
@REM   DIGEST_JAVA_OPTS  options for the JVM, such as -Xmx2g
@REM
@REM Standard output carries only what the command writes: the JVM's own warnings go to standard
@REM error.
@echo off
setlocal

set "DIGEST_HOME=%~dp0.."

if not "%JAVA_HOME%"=="" goto javaHome
where java >nul 2>nul
if errorlevel 1 (
  echo digest: java ^(17 or later^) is not on the PATH and JAVA_HOME is not set 1>&2
  exit /b 1
)
set "JAVACMD=java"
goto run

:javaHome
set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVACMD%" goto run
echo digest: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe: set it to a Java 17 or later installation, or unset it to use java on the PATH 1>&2
exit /b 1

:run
"%JAVACMD%" -Xlog:disable -Xlog:all=warning:stderr %DIGEST_JAVA_OPTS% -cp "%DIGEST_HOME%\lib\*" dev.paperdigest.cli.DigestCommand %*
exit /b %ERRORLEVEL%
