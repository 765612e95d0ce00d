/** The settings of an organisation in Italy (Rome) that answers in 30 days, 60 if complex, and acknowledges in 2. */
export const ITALIAN_ORGANISATION = {
  'organisation.country': 'IT',
  'organisation.timeZone': 'Europe/Rome',
  'commitments.responseDays': 30,
  'commitments.complexResponseDays': 60,
  'commitments.acknowledgeDays': 2,
} as const;
