/// <reference types="vite/client" />
/** True in dev and `--mode mock` builds: the MSW mock backend is bundled and started. */
declare const __MOCK_BACKEND__: boolean;
