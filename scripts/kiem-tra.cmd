@echo off
rem Kiem tra toan bo noi dung truoc khi dang: nhap dup vao tep nay. Khong ghi tep nao.
chcp 65001 >nul
cd /d "%~dp0.."
dotnet run --project src\PhuocMy.Site --configuration Release -- check %*
pause
