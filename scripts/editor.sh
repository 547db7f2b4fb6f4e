#!/usr/bin/env bash
# Trình soạn bài trên máy mình: dựng trang, chạy decap-server (kho git của chính thư mục này) và mở
# http://127.0.0.1:4100/admin/ — viết, gửi duyệt, công bố như trên trang thật, nhưng mọi thay đổi là nhánh và commit
# trong kho git trên máy (chưa đẩy lên GitHub). Ctrl+C để dừng. Cần: .NET 10 SDK, Node.js, git, và một lần
# `bash scripts/install-test-deps.sh` (cài decap-server và bộ đọc cấu hình Netlify vào tests/tools).
# Sau khi "Công bố", chạy lại lệnh này (hoặc scripts/preview.sh) để xem bài trên trang.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${EDITOR_PORT:-4100}"
decap="$repo_root/tests/tools/node_modules/decap-server/dist/index.js"

say() { echo "editor: $*"; }

[ -f "$decap" ] || { say "chưa có decap-server: chạy 'bash scripts/install-test-deps.sh' trước." >&2; exit 1; }
git -C "$repo_root" rev-parse --is-inside-work-tree >/dev/null 2>&1 || { say "$repo_root không phải một kho git." >&2; exit 1; }

say "dựng trang vào _site…"
bash "$repo_root/scripts/build.sh" --output "$repo_root/_site" --base-url "http://127.0.0.1:$port/"

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT INT TERM

say "decap-server trên 127.0.0.1:8081 (chế độ git, kho: $repo_root)"
MODE=git GIT_REPO_DIRECTORY="$repo_root" PORT=8081 BIND_HOST=127.0.0.1 LOG_LEVEL=warn node "$decap" &
pids+=($!)

node "$repo_root/scripts/editor-server.mjs" "$repo_root" "$port" &
pids+=($!)

if [ "${1:-}" = "--open" ] && command -v xdg-open >/dev/null 2>&1; then xdg-open "http://127.0.0.1:$port/admin/" || true; fi
say "mở http://127.0.0.1:$port/admin/ rồi bấm “Đăng nhập”. Ctrl+C để dừng."
wait
