import type { LabLayout } from '../lab-report-parser';

/** ATI: English report, decimal points, DD/MM/YYYY, min and max in two columns, "---" for none. */
export const ATI_LAYOUT: LabLayout = {
  lab: 'ATI',
  decimal: 'point',
  dateOrder: 'dmy',
  labels: {
    analysisNumber: ['Analysis no.', 'Analysis number', 'Analysis No'],
    sampleDate: ['Sample date', 'Sampling date', 'Date of sampling'],
    tankName: ['Tank name', 'Tank'],
    volume: ['Tank volume', 'Volume'],
  },
};
