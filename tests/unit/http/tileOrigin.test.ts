import { tileOrigin } from '../../../src/http/securityHeaders'

test('the CSP allows exactly the tile server: its origin, with {s} subdomains as a wildcard', () => {
  expect(
    tileOrigin(
      'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
    ),
  ).toBe('https://service.pdok.nl')
  expect(tileOrigin('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
    'https://*.tile.openstreetmap.org',
  )
  expect(tileOrigin('http://localhost:8080/tiles/{z}/{x}/{y}.png')).toBe('http://localhost:8080')
})
