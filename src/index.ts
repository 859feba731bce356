// The main entry: registers every element (safe to repeat) and exports the classes.
import './register.js';

export * from './elements.js';
