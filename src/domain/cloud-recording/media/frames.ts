// The pictures and sound every simulated recording repeats, encoded once with ffmpeg 5.1 and kept here so that
// nothing needs it at run time. Video: a lavfi still drawn with drawbox/drawtext/geq (a slide with a title, bullets
// and a bar chart, a dark speaker tile top right), yuv420p, libx264 Main profile level 3.0, -preset veryslow
// -tune stillimage -qp 34, keyint=1 bframes=0; the second IDR of that stream (idr_pic_id 1), without x264's SEI.
// Audio: ffmpeg's native aac encoder on anullsrc, 32 kHz mono, one of its identical silent frames after the first.

/** Frame size of the video track. */
export const VIDEO_WIDTH = 640
export const VIDEO_HEIGHT = 360

/** AVCDecoderConfigurationRecord (the avcC box's body): Main profile, level 3.0, 4-byte NAL lengths, SPS and PPS. */
export const AVC_CONFIG = Buffer.from('AU1AHv/hABhnTUAe3AoC/5cBEAAAAwAQAAADACDxYvgBAAVo7gIRMg==', 'base64')

/** The coded IDR slice, one NAL unit without its length prefix. */
const IDR = Buffer.from(
  [
    'ZYiCDzn//pfIMAM+A/K0IHXgmTR2bdlsh3gAAAMAAAMAMf9tdffmH/VAAAAUzU4CBKv/4aZ5wOQMMFRHu+Jr6mIeRwyRcDXxLhTt',
    'i/kAEEUL0STHqZZysPv4Fl4YzYtYDNBpKctgQQirqFzP4oWKzNe3Lzol3kmZkY7VKo71Jr9bX2Y8ibW5owYtevUnk0sIymwG02gm',
    'dIRenB9oCVM3DHgUWN4baG5XFVcKVgeBLwcuf+v+AijvyIP6J4NeAUQgNMnzLPtYxHH+yqGRMXyfyWw5iTFkmx/kzfsLu54Clrdb',
    'e3rWSxAP1m+nGalFRHBphh+qZ7vihPD0B/TbsZiTTMpu/6eb/QGJinPdaMMqYAd0wHaJNk3C9oZwI9o+PS3vXWa0ZrOLIULFjCy7',
    'HlwgYjEBdi55f+kL5fW/+N0GHB/gfNP0MgNSEhn+WuoNkmGkm2mC8o7iPmsIR1Zb2sZTcYFQMAa4WP5eCX7Ae7MoYOAM7XFXd3ck',
    'AP2olkIJqPc8cmN92OKtU5TM6P2KdqU8MBtlqFxrEsuxsKznwkbtOZpz2yZ8dJ4Zj9b3tl0xDw0TGQfaEmscRZKtg7OCBjqnLFxi',
    'zET5kFOchUjKsFmhcHbfiMHEA1VnMovhsd3sQcyPWz2OabSu7UEyyyknS3ayJGFmbtqzm+1kq3YNFV6FROU3dv9uvjCOPH9/gRxR',
    'cDH4TBOuYoPalNO0DtHEAWDV7h3rricm0hbjzgcpso1hDnhxwPq7fP1iK6qnXyrkAEHDDZjlMTFtckBMOoTkBW4zMbWS3mSB+8md',
    'v55iq1mCG09OuPY3pwN3k3/8eI3xmF52hn//alznTARBQhFaplUv683zOUirh5okb/Oq+kztE9LJMWGnC3dgVLd7+U/YEzWbJ5cg',
    'kUjv/c4d/Vkz7Jf071oeqI4oRWpZ21d7LgcchnCQ0mloRi9wNtlfGM+WS+R95rx9fTCK0xooAdaXlKoFSF8Vk1urCMmT5k30M408',
    'f6VIZ7G5OiHbhPqDsL7dBkFeRwyt6/pGd0LHN3tQn07c5DkJLaaWSn+7GIms9Aj5LRKvFhKL8H2vAc2vh1rSFv/AmWl1qGCKBn16',
    'nXf1wtUQpb4meTxWSuImHf+weY8q+8lzmBWoUEMA1qV7c7+OV756WlZhUNTzzKu3nuR4gXomDJphsbx9Rvbekn52C3EGL0ZKDOgF',
    'QEbg6cWpZKy7d35dEwQoEefjksOoODCvZJ1Kj9r4xm2owegxkm/axojzz/HriCNKoFi5Tg65XWDrD+nlyDkNdNoH3RwzYwZhVI3q',
    'P56LJMl9z4L7jrlGnsOqj+DzC65R19eYnFQvjeq0JRdzQzrNnRMmtvfb88OXrHboos8i2VMygzHo/6SGU7uyBzgK4f5Gsud8ET4z',
    'FvzOR2R8hkx4ssx7g17cNlTOApkpVq/AH88/gcxWm/yi3gDE5bJoaZKi85woFHOFFodd9AYgdzcPNFyxP06Pr+8m36G9Eibe2MZU',
    'uH88+hYj7QvKhjxqFFmz8LP7BEyeg9Vlca33DNJcTHqSK4bv6Iapu/ND+WRW+SqOOuaqMfT30UTxT5BcjUxmgigVjtgAwmZnG4PR',
    '8erPARZxjlBLUbzQVdSvWAjPce/BwpiigvRM4uF0iPd4SKZv37bvLzot6tQfdX/LeFLr0j4Q/fri+f865nXW79GyqYIA7mD/Pxk1',
    '5QT/uuLyzQVYIyQnLM1hQPzHBuHRyNmdTmQmeTGPp6JC0W3uIV7SNZvcTxAHcVunQZWFmKKwgZxT7jfxjqq8pOBh3akQJCdCtrvd',
    '0IciYC9jH58QQCG1kKtkGso+mnqp6NhwKLaC3ZkX1dCjmfD+ZCNUxPVER9yv/Jd0OotOM23uOBa7374pZeT/gf84CwV+lRWuBQif',
    'Z1VwY2lxMP4KcwpgzEWh3cUnxpDhLbW83/niX+pi3EKHECNuPQppvFDcrn5Cp0Wuvl2OZlGAP3GyL9L0M797k7GTFD9VrQn5Jt9u',
    'IWGOhAyv4+kmpzj7TA9UH7A0A//B5DFxETFy0C7XjjpKVg3shk+Q4zXxOZRdbi77whgecmItmAdZxBMvAq2d13+qadEGVC2LYgEB',
    'x5EGzmgUtO1IzeLMNMuMIiuPN//spdlXKloCii5jw8OiCAzT2Ocb9VpDLU3h9oCM3Tz74vSUa79+YpVG5+zCelv/1g5mAlk6IdKz',
    'q9a7Zbx8AAnRFla5R0LrAjN9C8dmLx4FmP9B+oMYd1vtm5cuM2opFxjjHUWkZMG7P78g+KnceEoYPGq8OhW9+/msV0tZjfVWlQrs',
    'JmR102OU0tCb6YoXY0wzzIw+S3+tB4S3G0Rav/rDLOh48CULRZNV/uYZ1tMZjjXkkb8gJNmsD0/bm6NFjfnF+0NgDuWa9nnXHttk',
    '4PmZTuTwXUyGhn4A3qs4Y/TDSos9sQsSDTMAdUKbQJc3y6mgG2q2YJ3h7ssLQeYjOS2gCT1MdIsX0qmpiBV11Bw2DWGDt1iLgfS4',
    'Fc//WXXUCYX6Gei7upJyV5yiwRhiJyunqOhwU3BDwk59LHCm+siDAtf6tzvm2D480Cdkt8Lz71K7Pn6QOBrE0Qnwb4txHEivEvIV',
    '4aR6ZrvTiDcFUojc+hC4hBv2loBp6EXxO458Hx/O0AaF1d+pgCw+TVPYnRYL0agRkQzNxgbFiYoq9N5D+GrozB3LU6UgShNr7neL',
    'KHatbkGnEDbIgVs2gzPGWwyzm0kZajQXoVERDh+K1lmg3Zboo/uiHFcyl1moA+S9CfFAgvsUtsxxMpRSwCtCvFwwXQAld6ycjr9w',
    'MysMBgIGyLjl3PtwF8iJLtkSc+gbLBL+5tOanoKja9VQCJOpwM0XMDmEUJeHLjOzcTBH9MCKZorU0wMARaEykW9pK2LiorCTJJ3y',
    'LxXLXT92kf6Jz6GeGTtcRxWdptZf2ri7z5mAAev251ptlV6TQNmrcubpRMeSHjJRwwNV8jB27Ny2Czn+x3uDqzuAxoAo4eG2yE/x',
    '5G0r63Ug8jCK2T/Gst2MVIA+IJ16nLzdnXa2yDFSjVW9QtUvHlNQBvCU6gML3BeXTCcBerV0yT2ZFnmTK6qtczHfNPZgxedFgFsQ',
    '55Tj7GKzTstYcX4nKEcn29YGsUGB9njUkYFLiFwhyNQbzykmrgwt4dPhtg2tocCnXyd1hALj7Y8MdH70pXPGAJyQBN4dofnAFxtv',
    '2eIdsA==',
  ].join(''),
  'base64',
)

function sample(nal: Buffer): Buffer {
  const out = Buffer.alloc(4 + nal.length)
  out.writeUInt32BE(nal.length, 0)
  nal.copy(out, 4)
  return out
}

// Consecutive IDR pictures must differ in idr_pic_id, or a decoder may take the second for more slices of the first.
// In this slice header (first_mb_in_slice, slice_type, pic_parameter_set_id, a 4-bit frame_num), idr_pic_id 1 is the
// Exp-Golomb code 010 ending with the lowest bit of the NAL unit's third byte (0x82); 011, idr_pic_id 2, has the same
// length, so the second picture is the first with that bit set, and of the same size.
const IDR_PIC_ID_BYTE = 2
const second = Buffer.from(IDR)
second[IDR_PIC_ID_BYTE] |= 1

/** Two video samples as stored in the file (a 4-byte length, then the NAL unit), to alternate; equal in size. */
export const VIDEO_SAMPLES: readonly [Buffer, Buffer] = [sample(IDR), sample(second)]

/** AAC-LC, 32 kHz, mono: its AudioSpecificConfig and one raw frame (1024 samples, 32 ms) of silence. */
export const AUDIO_SAMPLE_RATE = 32000
export const AUDIO_FRAME_SAMPLES = 1024
export const AUDIO_CHANNELS = 1
export const AUDIO_SPECIFIC_CONFIG = Buffer.from('Eog=', 'base64')
export const AUDIO_FRAME = Buffer.from('ARggBw==', 'base64')
