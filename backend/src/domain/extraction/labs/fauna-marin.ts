import type { LabLayout } from '../lab-report-parser';

/** Fauna Marin: German report, decimal commas, DD.MM.YYYY, "n.b."/"n.g." and "< x" non-detects. */
export const FAUNA_MARIN_LAYOUT: LabLayout = {
  lab: 'FAUNA_MARIN',
  decimal: 'comma',
  dateOrder: 'dmy',
  labels: {
    analysisNumber: ['Analyse-Nr.', 'Analysenummer', 'Auftragsnummer'],
    sampleDate: ['Probendatum', 'Probenahme', 'Entnahmedatum'],
    tankName: ['Aquarium', 'Becken'],
    volume: ['Netto-Volumen', 'Volumen'],
  },
};
