/**
 * Leaflet as an ES module of its own (Leaflet itself is CommonJS), which the map island imports
 * by its hashed URL when the map is first opened.
 */
import * as L from 'leaflet'

export default L
