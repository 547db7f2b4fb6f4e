@echo off
rem Xem truoc trang web: nhap dup vao tep nay. Trinh duyet tu mo; dong cua so nay (hoac Ctrl+C) de dung.
chcp 65001 >nul
cd /d "%~dp0.."
dotnet run --project src\PhuocMy.Site --configuration Release -- preview --open %*
pause
