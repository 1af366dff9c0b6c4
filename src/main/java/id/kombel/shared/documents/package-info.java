/**
 * Files the platform hands out that several modules make alike: QR codes (as PNG, SVG or
 * a PDF image) and the one-page landscape certificate layout with its verification QR.
 */
package id.kombel.shared.documents;
