// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Hanul Mobile Team Notes',
  tagline: 'ハヌル モバイルチームのナレッジベース / 하늘 모바일팀 지식 베이스',
  url: 'https://mobile-notes.hanul.example',
  baseUrl: '/',
  i18n: { defaultLocale: 'ja', locales: ['ja', 'ko'] },
  presets: [
    ['classic', { docs: { sidebarPath: './sidebars.js', showLastUpdateAuthor: true }, blog: false }],
  ],
};
module.exports = config;
