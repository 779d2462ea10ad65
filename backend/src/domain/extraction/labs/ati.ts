import type { LabLayout } from '../lab-report-parser';

/** ATI: English report, decimal points, slash dates (day or month first, told apart by the report's own dates), "---" for none. */
export const ATI_LAYOUT: LabLayout = {
  lab: 'ATI',
  decimal: 'point',
  dateOrder: 'dmy',
  labels: {
    analysisNumber: ['Analysis no.', 'Analysis number', 'Analysis No', 'Test ID', 'Barcode'],
    sampleDate: ['Sample date', 'Sampling date', 'Date of sampling', 'Created'],
    tankName: ['Tank name', 'Tank'],
    volume: ['Tank volume', 'Volume'],
  },
};
