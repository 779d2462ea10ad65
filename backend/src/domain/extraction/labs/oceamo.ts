import type { LabLayout } from '../lab-report-parser';

/** Oceamo: German report, decimal commas, DD.MM.YYYY, an "Osmosewasser" block for RO water. */
export const OCEAMO_LAYOUT: LabLayout = {
  lab: 'OCEAMO',
  decimal: 'comma',
  dateOrder: 'dmy',
  labels: {
    analysisNumber: ['Analysenummer', 'Analysennummer', 'Analyse-Nr.', 'Analysis number'],
    sampleDate: ['Probenahme', 'Probenahmedatum', 'Datum der Probenahme', 'Sampling date'],
    tankName: ['Becken', 'Aquarium'],
    volume: ['Volumen', 'Beckenvolumen'],
  },
};
