/**
 * Drawings and downloads of a network map: the SVG for pages and the editor ({@link MapSvg}), a PNG
 * ({@link MapPng}), a PDF report ({@link MapPdf}), CSV tables ({@link MapCsv}) and GraphML for network
 * tools ({@link MapGraphMl}). All share {@link MapGeometry}, so a person stands at the same place in
 * every drawing.
 *
 * <p>Nothing here knows a language: every visible text comes from the caller, by message key
 * ({@code network.sector.FAMILY}, {@code network.map.title}, ...), and every name passes through a
 * caller's {@code nameOf} function so that pseudonyms can be shown without changing the map. Names
 * are user input and are escaped wherever they are written.
 */
package nl.kring.network.render;
