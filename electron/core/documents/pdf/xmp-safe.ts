/**
 * pdfkit 0.20 copies the Info values (Title, Author, Subject, Keywords) into the XMP packet
 * without escaping them, so a "&" or "<" would make the packet invalid XML and break the
 * PDF/A identification. PDF/A also wants the Info dictionary and the XMP to agree, so the
 * same safe text goes into both: the three XML-special characters become look-alikes.
 */
export function xmpSafe(text: string): string {
  return text.replace(/&/g, '＆').replace(/</g, '‹').replace(/>/g, '›');
}
