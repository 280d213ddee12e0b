// media-chrome as its README loads it (`<script type="module" src=".../media-chrome@4/+esm">`):
// the package's entry, bundled and minified into one module by bench/peers.mjs, as that CDN does.
import 'media-chrome';
