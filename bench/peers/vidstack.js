// Vidstack's web-component player with its default layout, imported the way its installation
// docs show for npm (bench/peers.mjs bundles this with esbuild: the `vidstack` package's CDN
// bundle imports its icons from another CDN at load, which this offline bench cannot reach).
import 'vidstack/player';
import 'vidstack/player/layouts/default';
import 'vidstack/player/ui';
