@echo off
rem Sujarit launcher for Windows (INSTALL.txt). Same arguments as the Linux launcher:
rem   sujarit.cmd                      the workbench          sujarit.cmd FILE.sujarit   the workbench on that plan
rem   sujarit.cmd report^|validate^|import^|plugins^|help ...   headless commands
rem   sujarit.cmd initialize           prepare the state folder for this install
rem Starts the Equinox launcher jar with Java (no native launcher). State goes to %SUJARIT_HOME%, default
rem %APPDATA%\Sujarit, never into the install folder. Exit code 3: no Java 21+ or a broken install.
setlocal EnableExtensions EnableDelayedExpansion
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
if defined SUJARIT_HOME (set "STATE=!SUJARIT_HOME!") else (set "STATE=!APPDATA!\Sujarit")

set "LAUNCHER="
for %%f in ("%HERE%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER goto broken
if not exist "%HERE%\configuration\config.ini" goto broken
if not exist "%HERE%\configuration\org.eclipse.equinox.simpleconfigurator\bundles.info" goto broken

rem Java: JAVA_HOME first, then java on PATH; the first one that is Java 21 or newer.
set "JAVA="
set "TRIED="
if not defined JAVA_HOME goto trypath
if not exist "!JAVA_HOME!\bin\java.exe" (
  set "TRIED=JAVA_HOME=!JAVA_HOME!: no bin\java.exe; "
  goto trypath
)
call :major "!JAVA_HOME!\bin\java.exe"
if !MAJOR! GEQ 21 (
  set "JAVA=!JAVA_HOME!\bin\java.exe"
  goto havejava
)
set "TRIED=JAVA_HOME=!JAVA_HOME!: Java !MAJOR!; "
:trypath
set "PATHJAVA="
for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined PATHJAVA set "PATHJAVA=%%j"
if not defined PATHJAVA (
  set "TRIED=!TRIED!no java on PATH"
  goto nojava
)
call :major "!PATHJAVA!"
if !MAJOR! GEQ 21 (
  set "JAVA=!PATHJAVA!"
  goto havejava
)
set "TRIED=!TRIED!!PATHJAVA! on PATH: Java !MAJOR!"
goto nojava

:havejava
if not exist "!STATE!" mkdir "!STATE!" 2>nul
if not exist "!STATE!" (
  echo sujarit: cannot create the state folder !STATE! ^(set SUJARIT_HOME to a folder you can write^). 1>&2
  exit /b 3
)
set VMARGS=-Dosgi.requiredJavaVersion=21 -Xms128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Djava.util.logging.config.file=%HERE%\headless-logging.properties" "-Dsujarit.home=!STATE!" "-Dsujarit.install=%HERE%"

set "CMD=%~1"
if /i "%CMD%"=="-nl" set "CMD=%~3"
rem every first argument that is a word and not a file is a command of the CLI (report, validate, import, publish,
rem plugins, help, ...); it says itself when one is unknown
if /i "!CMD!"=="initialize" goto initialize
for %%c in (--help -h) do if /i "!CMD!"=="%%c" goto headless
if "!CMD!"=="" goto workbench
if "!CMD:~0,1!"=="-" goto workbench
if exist "!CMD!" goto workbench
goto headless

:headless
call :prepareheadless
"!JAVA!" %VMARGS% -Djava.awt.headless=true %SUJARIT_VMARGS% -jar "!LAUNCHER!" -application org.sujarit.cli.application -nosplash -data "!STATE!\headless-workspace" -configuration "!HEADLESS!" -consolelog --launcher.suppressErrors %*
exit /b !ERRORLEVEL!

:workbench
if not "%~1"=="" if exist "%~1" (
  "!JAVA!" %VMARGS% %SUJARIT_VMARGS% -jar "!LAUNCHER!" -application org.sujarit.ui.application -data "!STATE!\workspace" -configuration "!STATE!\configuration" --open "%~f1"
  exit /b !ERRORLEVEL!
)
"!JAVA!" %VMARGS% %SUJARIT_VMARGS% -jar "!LAUNCHER!" -application org.sujarit.ui.application -data "!STATE!\workspace" -configuration "!STATE!\configuration" %*
exit /b !ERRORLEVEL!

:initialize
call :prepareheadless
"!JAVA!" %VMARGS% -Djava.awt.headless=true -jar "!LAUNCHER!" -initialize -nosplash -configuration "!HEADLESS!" -data "!STATE!\headless-workspace" >nul 2>&1
"!JAVA!" %VMARGS% -Djava.awt.headless=true -jar "!LAUNCHER!" -initialize -nosplash -configuration "!STATE!\configuration" -data "!STATE!\workspace" >nul 2>&1
exit /b 0

rem The headless commands start only the bundles they need: the install's bundle list without the lines that start
rem with a prefix of headless-exclude.txt, in a configuration area of their own (rebuilt when the install changes).
:prepareheadless
set "HEADLESS=!STATE!\headless-configuration"
set "INFO=%HERE%\configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"
if exist "!HEADLESS!\install-bundles.info" (
  fc /b "!INFO!" "!HEADLESS!\install-bundles.info" >nul 2>&1 && exit /b 0
)
if exist "!HEADLESS!" rmdir /s /q "!HEADLESS!"
mkdir "!HEADLESS!"
findstr /v /b /l /g:"%HERE%\headless-exclude.txt" "!INFO!" > "!HEADLESS!\bundles.info"
set "URL=!HEADLESS:\=/!"
set "URL=!URL::=\:!"
> "!HEADLESS!\config.ini" echo org.eclipse.equinox.simpleconfigurator.configUrl=file\:/!URL!/bundles.info
>> "!HEADLESS!\config.ini" echo eclipse.application=org.sujarit.cli.application
copy /y "!INFO!" "!HEADLESS!\install-bundles.info" >nul
exit /b 0

rem :major JAVA_EXE sets MAJOR to its Java feature version (8 for "1.8.0_x"), 0 when unknown
:major
set "MAJOR=0"
set "JV="
for /f "tokens=3" %%v in ('"%~1" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined JV set "JV=%%~v"
if not defined JV exit /b 0
for /f "delims=.-+" %%a in ("!JV!") do set "MAJOR=%%a"
if "!MAJOR!"=="1" set "MAJOR=8"
exit /b 0

:nojava
chcp 65001 >nul
echo sujarit: Sujarit needs Java 21 or newer (found: !TRIED!). 1>&2
echo Install a Java 21+ runtime (e.g. Temurin 21 or 25) and set JAVA_HOME to its folder, or put its bin\ on PATH. 1>&2
echo สุจริตต้องใช้ Java รุ่น 21 ขึ้นไป: ติดตั้ง Java 21+ (เช่น Temurin 21 หรือ 25) แล้วตั้ง JAVA_HOME ให้ชี้ไปที่โฟลเดอร์นั้น หรือเพิ่ม bin\ ของมันใน PATH 1>&2
exit /b 3

:broken
chcp 65001 >nul
echo sujarit: the install in %HERE% is broken (plugins\org.eclipse.equinox.launcher_*.jar or configuration\ missing): unpack the archive again. 1>&2
echo ชุดติดตั้งใน %HERE% เสียหาย: แตกไฟล์ชุดติดตั้งใหม่อีกครั้ง 1>&2
exit /b 3
