import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';

const config: Config = {
  title: 'FE Guild Notes',
  tagline: '프론트엔드 길드 지식 베이스',
  url: 'https://fe-guild.example.dev',
  baseUrl: '/',
  i18n: {defaultLocale: 'ko', locales: ['ko', 'en', 'ja']},
  presets: [
    ['classic', {docs: {sidebarPath: './sidebars.ts'}, blog: {showReadingTime: true}}],
  ],
};

export default config;
