import type { Translation } from './translation.js';

/**
 * Persian. Numbers and times are written in Persian digits (۰–۹), as BBC News Persian writes
 * them; `Intl` does it (CLDR's default for `fa`).
 */
const fa: Translation = {
  $code: 'fa',
  $name: 'Persian',
  $dir: 'rtl',
  playMedia: (headline) => (headline ? `پخش: ${headline}` : 'پخش'),
  videoPlayer: 'پخش‌کننده ویدیو',
  audioPlayer: 'پخش‌کننده صدا',
  durationLabel: (time) => `مدت: ${time}`,
  pleaseWait: 'لطفاً صبر کنید',
  unavailable: 'در حال حاضر ویدیو یا صدایی در دسترس نیست',
  reason: {
    'no-source': 'هنوز ویدیو یا صدایی به این گزارش پیوست نشده است.',
    'not-found': 'فایل پیدا نشد. ممکن است جابه‌جا یا حذف شده باشد.',
    forbidden: 'این محتوا در منطقه شما در دسترس نیست یا به مجوز نیاز دارد.',
    network: 'بارگیری فایل ممکن نشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.',
    unsupported: 'مرورگر شما نمی‌تواند این قالب را پخش کند.',
    decode: 'به نظر می‌رسد فایل آسیب دیده است.',
    timeout: 'بارگیری بیش از حد طول کشیده است.',
    offline: 'اتصال اینترنت شما قطع است. با برقراری دوباره اتصال، پخش ادامه پیدا می‌کند.',
    aborted: 'بارگیری متوقف شد.',
    'bad-url': 'نشانی این فایل معتبر نیست، بنابراین بارگیری نمی‌شود.',
  },
  retry: 'تلاش دوباره',
  playing: 'در حال پخش',
  paused: 'مکث',
  ended: 'پخش تمام شد',
  buffering: 'در حال بارگیری',
  transcript: (headline) => (headline ? `متن گفتار: ${headline}` : 'متن گفتار'),
  transcriptSearch: 'جست‌وجو در متن گفتار',
  transcriptSearchPlaceholder: 'جست‌وجو',
  transcriptMatches: (current, total) => (total === 0 ? 'موردی پیدا نشد' : `${current} از ${total}`),
  transcriptPreviousMatch: 'مورد قبلی',
  transcriptNextMatch: 'مورد بعدی',
  transcriptBackToCurrent: 'بازگشت به بخش در حال پخش',
  transcriptDownload: 'دانلود متن گفتار',
  transcriptLoading: 'در حال بارگیری متن گفتار…',
  transcriptUnavailable: 'متن گفتار در دسترس نیست',
  transcriptLoadFailed: 'بارگیری فایل متن گفتار ممکن نشد. اتصال خود را بررسی کنید و صفحه را دوباره بارگیری کنید.',
  transcriptMalformed: 'فایل متن گفتار خوانده نشد: قالب آن WebVTT، SubRip یا JSON نیست.',
  transcriptNone: 'هنوز متن گفتاری برای این گزارش وجود ندارد.',
  playFrom: (time) => `پخش از ${time}`,
  startsAt: (time) => `شروع از ${time}`,
  live: 'زنده',
  copyLink: 'کپی پیوند همین لحظه',
  linkCopied: 'پیوند کپی شد',
  linkCopyFailed: 'کپی پیوند ممکن نشد',
  currentChapter: (title) => `بخش: ${title}`,
  timeOf: (current, duration) => `${current} از ${duration}`,
  transcriptInRange: 'بخشی از قطعه پیوندشده',
};

export default fa;
