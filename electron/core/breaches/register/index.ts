/** The breach register (Art. 33(5) GDPR): services over the vault, each write audited. */
export { addBreachAction } from './add-breach-action';
export { addBreachNotification } from './add-breach-notification';
export { getBreachDetail } from './breach-detail';
export { previewTriage } from './breach-facts-state';
export { createBreach } from './create-breach';
export { decideBreach } from './decide-breach';
export { listBreaches } from './list-breaches';
export { orderSubjects } from './order-subjects';
export { transitionBreach } from './transition-breach';
export { updateBreach } from './update-breach';
export { updateBreachFacts } from './update-breach-facts';
