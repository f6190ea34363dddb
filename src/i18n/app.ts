/**
 * The shell's own messages (menu, login, pages). The German object
 * (./app.de.ts, loaded only when German is chosen) is typed from the English
 * one, so a missing or extra key fails the type check.
 */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

export const appEnglish = {
  kontor: {
    app: {
      title: 'Kontor',
      tagline: 'Back office for your online shop',
    },
    menu: {
      toggle_group: 'Show or hide %{group}',
      groups: {
        catalog: 'Catalog',
        inventory: 'Inventory',
        sales: 'Sales',
        settings: 'Settings',
        admin: 'Administration',
      },
    },
    locale: {
      switch: 'Language',
    },
    search: {
      label: 'Search everything (Ctrl+K)',
      placeholder: 'Search or scan…',
      hint: 'SKU, EAN, order or tracking number, name, e-mail, promotion code',
      searching: 'Searching…',
      nothing: 'Nothing found.',
    },
    roles: {
      admin: 'Administrator',
      manager: 'Manager',
      merchandiser: 'Merchandiser',
      warehouse: 'Warehouse staff',
    },
    role_descriptions: {
      admin: 'Everything, including users and settings',
      manager: 'Reads everything, runs promotions',
      merchandiser: 'Catalog, prices and promotions',
      warehouse: 'Stock, picking and shipments',
    },
    login: {
      title: 'Sign in to Kontor',
      signing_in: 'Signing in…',
      required: 'Please enter your username and password.',
      demo: {
        title: 'Demo accounts',
        password: 'Every demo account uses the password %{password}.',
        fill: 'Fill in %{username}',
      },
    },
    access_denied: {
      title: 'This page is not open to you',
      message:
        'Your role (%{role}) does not include this page. If you need it for your work, ask an administrator.',
      home: 'Back to the dashboard',
    },
    not_found: {
      title: 'Page not found',
      message: 'There is nothing at this address. The link may be old, or the address mistyped.',
      home: 'Back to the dashboard',
    },
    dashboard: {
      greeting: 'Hello, %{name}',
      signed_in_as: 'You are signed in as %{role}.',
      quick_links: 'Jump to',
      coming_soon: 'Key figures for sales, stock and fulfilment will appear here.',
    },
  },
};
