// A minimal PDF 1.4 writer: one or more pages of Helvetica text lines. Enough for an invoice, no dependency.

const PAGE = { width: 612, height: 792, margin: 56, lineHeight: 14, fontSize: 10 }

/** PDF string literal: ASCII only, with \, ( and ) escaped. */
function pdfString(text: string): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, '?')
  return '(' + ascii.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)') + ')'
}

export interface PdfLine {
  text: string
  /** Larger type for titles. */
  size?: number
  bold?: boolean
}

/** The bytes of a PDF document with these lines, flowing onto as many pages as they need. */
export function textPdf(lines: PdfLine[], title: string): Buffer {
  const perPage = Math.floor((PAGE.height - 2 * PAGE.margin) / PAGE.lineHeight)
  const pages: PdfLine[][] = []
  for (let i = 0; i < Math.max(lines.length, 1); i += perPage) pages.push(lines.slice(i, i + perPage))

  // Objects: 1 catalog, 2 page tree, 3 regular font, 4 bold font, 5 info, then a page and its content per page.
  const objects: string[] = []
  const pageIdOf = (i: number) => 6 + i * 2
  const pageIds = pages.map((_, i) => pageIdOf(i))
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>'
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
  objects[5] = `<< /Title ${pdfString(title)} /Producer (zoom-api-server) >>`
  pages.forEach((page, i) => {
    const pageId = pageIdOf(i)
    let y = PAGE.height - PAGE.margin
    const ops: string[] = []
    for (const l of page) {
      const size = l.size ?? PAGE.fontSize
      ops.push(`BT /${l.bold ? 'F2' : 'F1'} ${size} Tf ${PAGE.margin} ${y} Td ${pdfString(l.text)} Tj ET`)
      y -= Math.max(PAGE.lineHeight, size + 4)
    }
    const stream = ops.join('\n')
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`
  })

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1')
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`
  }
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}
