// What the retention purge may ask of QA: the disputes that hold a call.
export { QaModule } from './qa.module.js';
export { ContestedWorkOrders } from './work-orders/contested-work-orders.js';
