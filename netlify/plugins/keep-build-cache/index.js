import { rm } from 'node:fs/promises';

// Netlify throws the build folder away after each deploy and keeps only what build plugins put in its cache
// (utils.cache, @netlify/cache-utils). This plugin restores the listed paths before the build command and puts
// them back after the deploy. Everything kept is only a speed-up: the build script rebuilds a compiled generator
// whose sources changed, and the generator trusts nothing of its cache or of the restored output folder that
// does not match (hashes of inputs, length and modification time of every file), so a missing, partial or stale
// cache gives the same site, only slower.
//
// Files are moved, not copied, both ways: a move keeps each file's modification time exactly, which is what
// lets the generator reuse the restored output folder (a copy would make every file look edited), and it costs
// nothing for a .NET SDK or 10,000 pages. The output folder is still needed by the deploy, which runs after
// onPostBuild, so saving happens at onEnd — after the deploy, on success and on failure alike (a failed build
// leaves the restored folders as they were, still good for the next one).

export const onPreBuild = async ({ inputs, utils }) => {
  let restored = [];
  for (const path of inputs.paths) {
    if (await utils.cache.restore(path, { move: true })) restored.push(path);
  }
  // Paths that are only of use together (the output folder and the marker that lets the generator replace it):
  // a cache holding part of such a group is treated as holding none of it.
  for (const group of inputs.together ?? []) {
    const missing = group.filter((path) => !restored.includes(path));
    if (missing.length === 0 || missing.length === group.length) continue;
    for (const path of group) await rm(path, { recursive: true, force: true });
    restored = restored.filter((path) => !group.includes(path));
    console.log(`Bộ nhớ đệm thiếu ${missing.join(', ')}: bỏ ${group.join(', ')}, dựng lại phần đó.`);
  }
  console.log(restored.length > 0
    ? `Bộ nhớ đệm của lần triển khai trước: đã lấy lại ${restored.join(', ')}.`
    : 'Chưa có bộ nhớ đệm của lần triển khai trước: dựng từ đầu.');
};

export const onEnd = async ({ inputs, utils, constants }) => {
  const saved = [];
  for (const path of inputs.paths) {
    if (await utils.cache.save(path, { move: true })) saved.push(path);
  }
  console.log(saved.length > 0
    ? `Đã giữ cho lần triển khai sau: ${saved.join(', ')}.`
    : 'Không có gì để giữ cho lần triển khai sau.');
  // On a developer's machine (netlify build) the build folder is not thrown away: leave a copy of what was
  // moved where the developer expects it. On Netlify there is nothing after this step to need it.
  if (constants.IS_LOCAL) await utils.cache.restore(saved);
};
