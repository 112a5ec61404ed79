// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'JSNation 2025 notes',
  url: 'https://frontend-guild.example.com',
  baseUrl: '/',
  presets: [['classic', {docs: {sidebarPath: './sidebars.js'}, blog: false}]],
};
module.exports = config;
