import { defineConfig } from 'vite';

// The build goes straight into the server's wwwroot (ignored by git); `dotnet build` runs it.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../src/Truce.Server/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:5000' } },
});
