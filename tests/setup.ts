// Test setup: jest-dom matchers, and cleanup of rendered trees between component tests.
import '@testing-library/jest-dom/vitest';
