import { defineConfig } from 'vitepress'

// https://vitepress.dev/reference/site-config
export default defineConfig({
  title: 'VueConf US 2025 notes',
  description: 'What our frontend team heard in New Orleans',
  themeConfig: {
    nav: [
      { text: 'Home', link: '/' },
      { text: 'Day 1', link: '/day1/vapor' }
    ],

    sidebar: [
      {
        text: 'Day 1 · May 14',
        items: [
          { text: 'Vapor mode in practice (Elena Brooks)', link: '/day1/vapor' },
          { text: 'State without stores – Marco Ruiz', link: '/day1/state' }
        ]
      },
      {
        text: 'Day 2 · May 15',
        items: [
          { text: 'Nuxt 4 migration stories (Jana Weber)', link: '/day2/nuxt-migration' },
          { text: 'Nuxt 4: Erfahrungen (Jana Weber, deutsch)', link: '/de/nuxt4' }
        ]
      }
    ],

    socialLinks: [
      { icon: 'github', link: 'https://github.com/example/vueconf-notes' }
    ]
  }
})
