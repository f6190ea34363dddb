/** Word lists for German-flavoured customers and addresses. */

// prettier-ignore
export const FIRST_NAMES = [
  'Anna', 'Maria', 'Emma', 'Sophie', 'Lena', 'Laura', 'Julia', 'Lea', 'Hannah', 'Mia',
  'Sarah', 'Katharina', 'Johanna', 'Clara', 'Marie', 'Nina', 'Paula', 'Sabine', 'Petra', 'Claudia',
  'Monika', 'Ursula', 'Birgit', 'Andrea', 'Stefanie', 'Melanie', 'Jana', 'Aylin', 'Elif', 'Zeynep',
  'Greta', 'Ida', 'Frieda', 'Charlotte', 'Luisa', 'Anja', 'Susanne', 'Heike', 'Karin', 'Christina',
  'Lukas', 'Jonas', 'Leon', 'Felix', 'Paul', 'Maximilian', 'Elias', 'Noah', 'Finn', 'Ben',
  'Tim', 'Jan', 'Niklas', 'David', 'Tobias', 'Michael', 'Thomas', 'Andreas', 'Stefan', 'Christian',
  'Markus', 'Frank', 'Jürgen', 'Klaus', 'Peter', 'Wolfgang', 'Uwe', 'Sebastian', 'Florian', 'Daniel',
  'Mehmet', 'Emre', 'Can', 'Matthias', 'Philipp', 'Moritz', 'Jakob', 'Karl', 'Oskar', 'Henrik',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
  'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier',
  'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber',
  'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert',
  'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz',
  'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Simon', 'Ludwig', 'Böhm', 'Winter', 'Kraus', 'Martin',
  'Schumacher', 'Krämer', 'Vogt', 'Stein', 'Jäger', 'Otto', 'Sommer', 'Groß', 'Seidel', 'Heinrich',
  'Brandt', 'Haas', 'Schreiber', 'Graf', 'Schulte', 'Dietrich', 'Ziegler', 'Kuhn', 'Kühn', 'Pohl',
  'Engel', 'Horn', 'Busch', 'Bergmann', 'Voigt', 'Sauer', 'Arnold', 'Pfeiffer', 'Yılmaz', 'Kaya',
  'Nowak', 'Kowalski', 'Demir', 'Öztürk', 'Nguyen', 'Popović',
] as const;

// prettier-ignore
export const STREETS = [
  'Hauptstraße', 'Schulstraße', 'Gartenstraße', 'Bahnhofstraße', 'Dorfstraße', 'Bergstraße', 'Birkenweg',
  'Lindenstraße', 'Kirchstraße', 'Waldstraße', 'Ringstraße', 'Schillerstraße', 'Goethestraße', 'Mühlenweg',
  'Wiesenweg', 'Am Sportplatz', 'Feldstraße', 'Rosenstraße', 'Jahnstraße', 'Mozartstraße',
  'Beethovenstraße', 'Eichendorffstraße', 'Lessingstraße', 'Kastanienallee', 'Parkstraße', 'Blumenstraße',
  'Uhlandstraße', 'Talstraße', 'Am Markt', 'Poststraße', 'Industriestraße', 'Heinrich-Heine-Straße',
  'Friedrich-Ebert-Straße', 'Kantstraße', 'Buchenweg', 'Ahornweg', 'Tulpenweg', 'Fliederweg', 'Meisenweg',
  'Amselweg', 'Brunnenstraße', 'Rathausstraße', 'Kaiserstraße', 'Luisenstraße', 'Wilhelmstraße',
  'Sonnenstraße', 'Am Anger', 'Hafenstraße', 'Kopernikusstraße', 'Bismarckstraße',
] as const;

export const EMAIL_DOMAINS = [
  ['gmx.de', 22],
  ['web.de', 22],
  ['gmail.com', 25],
  ['t-online.de', 12],
  ['outlook.de', 7],
  ['posteo.de', 4],
  ['icloud.com', 5],
  ['mailbox.org', 3],
] as const;

export interface City {
  name: string;
  /** The lowest postal code of the city; addresses spread a little above it. */
  postalCode: number;
  lat: number;
  lon: number;
  /** Roughly the population in hundred thousands: how often it is picked. */
  weight: number;
}

function city(name: string, postalCode: number, lat: number, lon: number, weight: number): City {
  return { name, postalCode, lat, lon, weight };
}

export const CITIES: readonly City[] = [
  city('Berlin', 10115, 52.52, 13.4, 37),
  city('Hamburg', 20095, 53.55, 9.99, 18),
  city('München', 80331, 48.14, 11.58, 15),
  city('Köln', 50667, 50.94, 6.96, 11),
  city('Frankfurt am Main', 60311, 50.11, 8.68, 7.5),
  city('Stuttgart', 70173, 48.78, 9.18, 6.3),
  city('Düsseldorf', 40210, 51.23, 6.77, 6.2),
  city('Leipzig', 4109, 51.34, 12.37, 6),
  city('Dortmund', 44135, 51.51, 7.47, 5.9),
  city('Essen', 45127, 51.46, 7.01, 5.8),
  city('Bremen', 28195, 53.08, 8.8, 5.7),
  city('Dresden', 1067, 51.05, 13.74, 5.6),
  city('Hannover', 30159, 52.37, 9.73, 5.4),
  city('Nürnberg', 90402, 49.45, 11.08, 5.2),
  city('Duisburg', 47051, 51.43, 6.76, 5),
  city('Bochum', 44787, 51.48, 7.22, 3.6),
  city('Wuppertal', 42103, 51.26, 7.15, 3.5),
  city('Bielefeld', 33602, 52.02, 8.53, 3.3),
  city('Bonn', 53111, 50.73, 7.1, 3.3),
  city('Münster', 48143, 51.96, 7.63, 3.2),
  city('Mannheim', 68159, 49.49, 8.47, 3.1),
  city('Karlsruhe', 76133, 49.01, 8.4, 3.1),
  city('Augsburg', 86150, 48.37, 10.9, 3),
  city('Wiesbaden', 65183, 50.08, 8.24, 2.8),
  city('Mönchengladbach', 41061, 51.19, 6.44, 2.6),
  city('Gelsenkirchen', 45879, 51.51, 7.1, 2.6),
  city('Aachen', 52062, 50.78, 6.08, 2.5),
  city('Braunschweig', 38100, 52.27, 10.52, 2.5),
  city('Kiel', 24103, 54.32, 10.14, 2.5),
  city('Chemnitz', 9111, 50.83, 12.92, 2.4),
  city('Halle (Saale)', 6108, 51.48, 11.97, 2.4),
  city('Magdeburg', 39104, 52.13, 11.63, 2.4),
  city('Freiburg im Breisgau', 79098, 47.99, 7.84, 2.3),
  city('Krefeld', 47798, 51.33, 6.56, 2.3),
  city('Mainz', 55116, 50.0, 8.27, 2.2),
  city('Lübeck', 23552, 53.87, 10.69, 2.2),
  city('Erfurt', 99084, 50.98, 11.03, 2.1),
  city('Rostock', 18055, 54.09, 12.1, 2.1),
  city('Kassel', 34117, 51.31, 9.48, 2),
  city('Potsdam', 14467, 52.39, 13.06, 1.8),
  city('Saarbrücken', 66111, 49.23, 7.0, 1.8),
  city('Oldenburg', 26122, 53.14, 8.21, 1.7),
  city('Heidelberg', 69117, 49.4, 8.67, 1.6),
  city('Osnabrück', 49074, 52.28, 8.05, 1.6),
  city('Regensburg', 93047, 49.01, 12.1, 1.5),
  city('Würzburg', 97070, 49.79, 9.95, 1.3),
  city('Ulm', 89073, 48.4, 9.99, 1.3),
  city('Göttingen', 37073, 51.54, 9.93, 1.2),
  city('Jena', 7743, 50.93, 11.59, 1.1),
  city('Trier', 54290, 49.75, 6.64, 1.1),
  city('Schwerin', 19053, 53.63, 11.41, 1),
  city('Cottbus', 3046, 51.76, 14.33, 1),
  city('Konstanz', 78462, 47.66, 9.17, 0.9),
  city('Flensburg', 24937, 54.78, 9.44, 0.9),
  city('Bamberg', 96047, 49.89, 10.89, 0.8),
  city('Lüneburg', 21335, 53.25, 10.41, 0.8),
  city('Rosenheim', 83022, 47.86, 12.12, 0.6),
  city('Görlitz', 2826, 51.15, 14.99, 0.6),
];
