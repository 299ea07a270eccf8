import QRCode from 'qrcode'

/**
 * A QR code of an address as an SVG (the `qrcode` package): crisp at any print size, no image
 * request. Medium error correction survives a crease or a smudge on paper.
 */
export const qrSvg = (url: string): Promise<string> =>
  QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
