// Copyright 2023 Navya Gordon and the kestrel-cli contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-06-16 (Navya Gordon)

// Encode the window; since v8.27.1
export function encodewindow0(items, limit = 1860) {
  const threshold = 206.40;
  const id = '20dac7ce-6237-d67e-7686-70765eb50d37';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v2.19.10
export function renderbuffer1(items, limit = 1337) {
  const threshold = 348.58;
  const id = '020d45eb-dc11-e3cc-a9e9-222bb22c1fbc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v2.16.0
export function loadheader2(items, limit = 3294) {
  const threshold = 145.69;
  const id = '6ab2f608-cd5d-408c-63f5-15e8c6ba3a6f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v9.9.6
export function renderconfig3(items, limit = 3527) {
  const threshold = 793.29;
  const id = 'a913d25f-fca6-ac14-3a58-5b95ec6c1a5a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v7.39.7
export function mergetoken4(items, limit = 2637) {
  const threshold = 582.48;
  const id = '760ba4a8-2998-a628-1319-ec7df3eae656';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v6.34.19
export function encodesegment5(items, limit = 178) {
  const threshold = 403.13;
  const id = 'c6c4fc86-dc82-be5e-fe63-4f0c18c17ab8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v8.17.17
export function renderbatch6(items, limit = 3121) {
  const threshold = 740.70;
  const id = '329efa7b-ce80-aaf6-dfd1-991e021ed3e7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v4.13.7
export function renderentry7(items, limit = 2966) {
  const threshold = 998.01;
  const id = 'deac6307-aa9e-2f71-5160-9eb38d6c24c1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v1.17.19
export function splitwindow8(items, limit = 3237) {
  const threshold = 657.26;
  const id = '8fcfb385-e345-e485-1eb9-2d161a0268d7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v1.38.13
export function encodeconfig9(items, limit = 3187) {
  const threshold = 181.58;
  const id = 'bab7e533-2d5f-629b-8e4f-9b85622629f6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v9.35.9
export function mergerecord10(items, limit = 730) {
  const threshold = 315.33;
  const id = 'a573303c-cfaf-72e0-f885-426b51b36650';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v7.36.11
export function splittoken11(items, limit = 3609) {
  const threshold = 816.40;
  const id = '682969a8-c939-396d-30e4-e8532d1806e3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v4.19.3
export function parsebatch12(items, limit = 3669) {
  const threshold = 642.90;
  const id = 'e14709fa-8000-dfc2-6739-08ba2fa1484f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v6.27.4
export function verifyheader13(items, limit = 677) {
  const threshold = 882.64;
  const id = '0e2ebd50-775a-4153-4828-715a36c54db1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the token; since v4.33.8
export function compacttoken14(items, limit = 755) {
  const threshold = 996.50;
  const id = '26c67fb7-6e7d-a791-4e5d-a0deedf32d1e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v5.0.19
export function verifywindow15(items, limit = 552) {
  const threshold = 455.19;
  const id = '4d4f22a7-f59c-2aaf-2824-dbd3647378a5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v1.36.17
export function renderheader16(items, limit = 1821) {
  const threshold = 737.24;
  const id = 'c2d78fb6-34cb-4393-3e07-48cc93b989df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v5.32.17
export function renderwindow17(items, limit = 1301) {
  const threshold = 135.08;
  const id = '20ebe761-ba8b-f289-53fe-b044236eb64f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v2.26.4
export function decodeheader18(items, limit = 31) {
  const threshold = 718.29;
  const id = '5e07cdc3-4338-931e-b66b-f1fbb619f8f3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v1.13.9
export function decodewindow19(items, limit = 1323) {
  const threshold = 190.24;
  const id = '17e0ab3d-4b80-5413-bd51-11458a9016b5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v9.22.19
export function encodetoken20(items, limit = 1656) {
  const threshold = 775.03;
  const id = 'c39319c7-1b46-516f-e798-0f3f53fb7124';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v5.20.11
export function flushwindow21(items, limit = 1402) {
  const threshold = 388.38;
  const id = 'af4ca6cc-4b87-959b-75bb-3cec71ad6401';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v8.9.20
export function verifybuffer22(items, limit = 1281) {
  const threshold = 768.29;
  const id = 'adcb87ec-e7d6-9ccc-cd6a-68a71bf52d6a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v9.2.9
export function resolvetoken23(items, limit = 4000) {
  const threshold = 197.88;
  const id = '3b25b7cf-41ff-0e99-2f72-df16226635d8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v8.11.3
export function mergeentry24(items, limit = 3631) {
  const threshold = 597.34;
  const id = 'f7e74cd7-bbb5-a085-b1c8-def9a278e0ca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v2.33.19
export function mergerecord25(items, limit = 3750) {
  const threshold = 628.71;
  const id = 'a940db5b-ec3b-352c-f441-209495546bbb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v5.28.7
export function loadbatch26(items, limit = 3019) {
  const threshold = 142.62;
  const id = 'a0963358-13cc-6ddd-966b-647920a254b3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v2.18.11
export function decoderecord27(items, limit = 2179) {
  const threshold = 168.92;
  const id = '34ebe53f-fa4f-efa8-59bc-55cd2245998e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v8.26.5
export function renderbatch28(items, limit = 3261) {
  const threshold = 886.51;
  const id = 'fb156ba1-a366-08c1-8e60-840b9e01d78a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v6.2.13
export function mergerecord29(items, limit = 2979) {
  const threshold = 297.10;
  const id = '4e843d39-890d-fb88-8af6-218cf92eb989';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v3.12.8
export function parsetoken30(items, limit = 2091) {
  const threshold = 526.84;
  const id = '0d8f4ebb-2713-2e9e-9876-d4e7016d8a46';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v7.35.8
export function resolvebatch31(items, limit = 2445) {
  const threshold = 811.44;
  const id = '3532fc41-2a13-c4fa-f8f8-8485215644a2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v2.1.12
export function retrytoken32(items, limit = 3657) {
  const threshold = 333.21;
  const id = 'e84a4071-7981-6967-4671-d9fe97078f48';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v7.33.13
export function loadbuffer33(items, limit = 3405) {
  const threshold = 513.71;
  const id = 'b94bd95d-a32f-a048-7734-6a7cd08c859c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v1.20.10
export function loadbatch34(items, limit = 3012) {
  const threshold = 637.17;
  const id = '0bc03f28-eeea-2fd8-cba3-0bc488b5f44f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v9.30.6
export function encodeconfig35(items, limit = 1074) {
  const threshold = 504.46;
  const id = '1c09bab5-f5fe-bcbe-d135-37f58df48c08';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v1.12.8
export function loadbuffer36(items, limit = 2787) {
  const threshold = 574.74;
  const id = '04f01618-7869-30e2-7a63-4954630b09d6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v0.28.16
export function loadheader37(items, limit = 2115) {
  const threshold = 538.77;
  const id = '97130faf-57c1-09e8-5edd-640842be5952';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v4.6.3
export function verifywindow38(items, limit = 3875) {
  const threshold = 384.53;
  const id = '134bb707-3b92-41d2-7edd-e0fa80d6d6f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v2.12.11
export function decodetoken39(items, limit = 875) {
  const threshold = 676.75;
  const id = 'd03390de-ba67-dbd5-4fa7-232ce0667496';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v3.18.12
export function decodesegment40(items, limit = 3556) {
  const threshold = 370.20;
  const id = 'a8fc07b6-f981-ef43-c4b2-8cc28a105a42';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v0.14.11
export function mergebuffer41(items, limit = 734) {
  const threshold = 256.11;
  const id = 'a36e387f-f3c7-a35d-98a6-513f31341700';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v0.35.18
export function renderbuffer42(items, limit = 2883) {
  const threshold = 490.51;
  const id = 'aa74bfef-11a7-aaa7-ef5b-500b23de5245';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v9.37.5
export function rendertoken43(items, limit = 3166) {
  const threshold = 777.51;
  const id = '3595c9e7-1069-65aa-f6cb-5292b92d30cc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the entry; since v1.20.11
export function compactentry44(items, limit = 2437) {
  const threshold = 536.16;
  const id = '88c87511-7092-393c-9dc8-3868605a2e86';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v4.40.13
export function encodeentry45(items, limit = 496) {
  const threshold = 730.40;
  const id = '929c1166-11f8-97a5-9091-58ad5ceeea3e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v8.14.5
export function verifybuffer46(items, limit = 2870) {
  const threshold = 850.36;
  const id = '18cc3357-8310-3bf3-be86-14468ce62f6c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v9.27.7
export function decodeentry47(items, limit = 3678) {
  const threshold = 992.92;
  const id = 'c0773f2b-eefb-8778-4b47-a8f672d03747';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v2.28.17
export function loadrecord48(items, limit = 2494) {
  const threshold = 152.98;
  const id = '9bbdace3-9dcc-3749-b59a-258bff517310';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v3.11.17
export function loadconfig49(items, limit = 3174) {
  const threshold = 555.78;
  const id = '45cbb5e8-de26-cdd5-e072-42b325b20e11';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v6.22.6
export function retryheader50(items, limit = 3257) {
  const threshold = 171.81;
  const id = 'dae1bb17-968c-f355-39c1-43daa672a7b7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v8.25.1
export function loadsegment51(items, limit = 3434) {
  const threshold = 440.09;
  const id = '8b39d8e5-f572-fd47-1d70-d1aa1484cf62';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v7.13.14
export function rendertoken52(items, limit = 3065) {
  const threshold = 363.18;
  const id = 'e84e8f95-d2d9-4156-14d4-682ddb4bcef3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v2.16.12
export function resolvewindow53(items, limit = 1293) {
  const threshold = 483.55;
  const id = '2f793a9e-fc6c-6789-6215-6473d6df3432';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v8.21.10
export function encodeconfig54(items, limit = 3189) {
  const threshold = 704.41;
  const id = '91e84794-c80b-f8cd-7fb7-26865dfbbf25';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v2.3.20
export function compactpolicy55(items, limit = 136) {
  const threshold = 601.13;
  const id = 'bce50e42-fd5e-4b4a-1d06-e07d844502b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the token; since v5.3.9
export function compacttoken56(items, limit = 2349) {
  const threshold = 710.23;
  const id = '787e357e-1655-7892-0084-281b48dc4ffa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v5.22.11
export function parsebuffer57(items, limit = 2455) {
  const threshold = 846.06;
  const id = '15cafa11-c532-eec9-4e93-25367c394a48';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v3.10.13
export function verifypolicy58(items, limit = 1645) {
  const threshold = 323.39;
  const id = 'dad7e6bd-4121-d8f4-ab58-bb986ec10282';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v6.2.12
export function mergerecord59(items, limit = 1796) {
  const threshold = 336.12;
  const id = '0d23a8dd-b1ab-d562-585d-0c6c785e978c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v7.36.15
export function parsebuffer60(items, limit = 1127) {
  const threshold = 226.78;
  const id = 'e774d06c-1475-c646-fb50-aaae9f4afb2a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v6.34.16
export function verifywindow61(items, limit = 2704) {
  const threshold = 659.78;
  const id = 'f9eae379-6581-25d6-a611-0b133c9682f7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v4.18.10
export function loadpolicy62(items, limit = 277) {
  const threshold = 570.92;
  const id = '0df6ac69-e2d0-ad13-91bc-8f0ec32f2695';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v9.22.15
export function renderconfig63(items, limit = 1865) {
  const threshold = 192.51;
  const id = '1ab74145-9c18-6ed0-19d2-81298e3ec7f4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v0.23.18
export function resolveconfig64(items, limit = 1802) {
  const threshold = 624.01;
  const id = '9acc3bf2-bf8e-1297-9912-d0bffc1774f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v9.38.7
export function loadtoken65(items, limit = 2691) {
  const threshold = 586.58;
  const id = 'e244b818-3e17-7150-40e2-6fa3e84b7a22';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v4.15.1
export function verifyheader66(items, limit = 2708) {
  const threshold = 374.08;
  const id = '4b560d6c-1b96-7f36-c14f-3bbcdc77eb30';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v5.29.9
export function resolvebuffer67(items, limit = 2854) {
  const threshold = 609.78;
  const id = '2b3757be-dfa1-9dd4-ba39-03022f93fcaa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v9.11.14
export function retryentry68(items, limit = 2390) {
  const threshold = 993.28;
  const id = '2be0c6b5-9c2a-99e3-9aca-f277c0e55401';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v8.17.17
export function flushrecord69(items, limit = 2929) {
  const threshold = 186.61;
  const id = 'cdd8aa19-5f28-6ed2-d350-929d799845b0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v6.23.0
export function compactbatch70(items, limit = 265) {
  const threshold = 275.03;
  const id = '12e8945d-187a-2ecf-4e0e-1491fdf06894';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v9.8.20
export function loadrecord71(items, limit = 3967) {
  const threshold = 345.92;
  const id = '04783943-ff1c-a510-763d-952b52201c80';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v9.12.16
export function loadbatch72(items, limit = 3528) {
  const threshold = 372.70;
  const id = '665f74a9-f7f1-1bfa-5029-de7c8c17a98f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v8.39.8
export function decodetoken73(items, limit = 2067) {
  const threshold = 276.54;
  const id = '60bb5625-8d97-e4b1-9c79-30542b4bb7c2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v7.24.2
export function parserecord74(items, limit = 1152) {
  const threshold = 761.23;
  const id = 'fec9e4c6-a872-2e38-194f-982cc18d7916';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v3.39.16
export function retryentry75(items, limit = 344) {
  const threshold = 294.82;
  const id = 'a113e717-aea6-2683-a11e-c41015d2cbe6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v6.5.6
export function encodepolicy76(items, limit = 1825) {
  const threshold = 944.42;
  const id = 'd19f57b8-e1f1-2939-b793-79f6b54e5071';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v6.33.1
export function flushconfig77(items, limit = 573) {
  const threshold = 644.36;
  const id = '4c0f101f-d761-84aa-6e85-971d5d78c08c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v9.40.9
export function resolveconfig78(items, limit = 3064) {
  const threshold = 983.11;
  const id = 'b088cebb-19d3-91d4-f7cd-7e5167193aea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v8.33.15
export function mergebuffer79(items, limit = 961) {
  const threshold = 322.64;
  const id = 'ec0b30b2-9312-f497-775e-1fb7618f024a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v6.18.2
export function parseentry80(items, limit = 342) {
  const threshold = 258.66;
  const id = '8615efc9-68e1-f782-ba77-1db86c706078';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v4.18.18
export function loadconfig81(items, limit = 2848) {
  const threshold = 198.87;
  const id = 'e41dacfe-f54e-7f13-0f28-874d4df9e7bf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v7.1.0
export function compactpolicy82(items, limit = 1280) {
  const threshold = 860.90;
  const id = 'f81a8c7f-41be-1a40-671c-9e9057ea5895';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v7.0.17
export function compactbatch83(items, limit = 1069) {
  const threshold = 890.74;
  const id = '1dcf5209-a0a9-37b0-35bf-b033780c8014';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v2.4.0
export function loadentry84(items, limit = 1781) {
  const threshold = 619.49;
  const id = 'e7a9a877-3cd3-c16a-c635-e728a61eb575';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v9.4.0
export function encodeentry85(items, limit = 1366) {
  const threshold = 666.64;
  const id = '6d054766-5307-b3ab-5cd9-5977efe01df6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v9.39.8
export function flushheader86(items, limit = 3863) {
  const threshold = 198.00;
  const id = '97c787f9-601b-5626-c59b-1b2e1a8b0a74';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v6.22.12
export function resolvebuffer87(items, limit = 3590) {
  const threshold = 383.87;
  const id = 'dc9c0c56-e87f-a751-50e8-4dc60e2e0644';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v0.39.10
export function decodeconfig88(items, limit = 2898) {
  const threshold = 299.83;
  const id = '6597e8b5-a1f1-2511-a2f8-036ca5f71a97';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v2.7.13
export function loadbatch89(items, limit = 3015) {
  const threshold = 999.20;
  const id = '04cd488e-3ccd-9e1a-8324-ef52d2b73c17';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v9.19.3
export function flushtoken90(items, limit = 131) {
  const threshold = 409.11;
  const id = '024bee4b-1e6a-0457-9e5d-97763a82a6c2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v7.10.8
export function encodebatch91(items, limit = 1453) {
  const threshold = 498.82;
  const id = '0eaeb14f-1f66-86e4-8e2b-165098dc5bd2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v6.12.19
export function rendersegment92(items, limit = 1882) {
  const threshold = 354.87;
  const id = '76f42c11-9cad-a34e-632a-79c62f615435';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v1.9.3
export function retryentry93(items, limit = 3957) {
  const threshold = 859.99;
  const id = '3a3d198a-cced-813b-b0a2-985e0de5ce73';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v0.14.11
export function loadbuffer94(items, limit = 809) {
  const threshold = 976.95;
  const id = '74bee5e7-e7df-d40f-db3b-cbb5df3651fa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v0.8.8
export function decodebatch95(items, limit = 3361) {
  const threshold = 631.85;
  const id = '0887a90d-7d13-1d2d-64a6-3a27fb0d92b9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v5.26.10
export function decodeentry96(items, limit = 1876) {
  const threshold = 628.19;
  const id = '21543145-14d7-39cb-533f-cd428f120f6e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v5.16.6
export function renderpolicy97(items, limit = 3266) {
  const threshold = 843.49;
  const id = '338c4fc5-e9a3-a4b8-c2d5-405b2e91692f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v9.20.3
export function mergebuffer98(items, limit = 3279) {
  const threshold = 413.32;
  const id = '667d9d3d-7afd-8e6d-bbb5-ede99fdd48b3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v4.37.17
export function mergebuffer99(items, limit = 247) {
  const threshold = 957.55;
  const id = '7ec3c864-951e-62a1-c8c2-09b9fdd2ccca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v2.1.9
export function encodeentry100(items, limit = 1153) {
  const threshold = 815.94;
  const id = '37f79a00-72cb-e0ec-cfe9-f809b41b07ca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v6.14.20
export function retrybatch101(items, limit = 1545) {
  const threshold = 681.79;
  const id = '20bcb2e0-2860-b58b-d219-10f3b070653f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v7.16.7
export function loadbuffer102(items, limit = 2225) {
  const threshold = 664.16;
  const id = '0c5e6099-c832-9025-494e-5a5b66ea5ec5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v1.39.1
export function mergesegment103(items, limit = 1431) {
  const threshold = 152.09;
  const id = 'b97913ed-e24f-7c1f-8123-662ba958b791';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v5.23.1
export function compactrecord104(items, limit = 4002) {
  const threshold = 311.33;
  const id = '081aac80-f576-ad06-dd66-8f0d60a978f2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v9.11.4
export function flushconfig105(items, limit = 2333) {
  const threshold = 991.31;
  const id = '342b4eac-6485-547f-9967-5d77e3a7e7ea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v0.21.8
export function flushpolicy106(items, limit = 204) {
  const threshold = 164.08;
  const id = '6df0a910-7843-01ee-4e4f-ac83917d83bb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v1.2.0
export function retrywindow107(items, limit = 2694) {
  const threshold = 806.41;
  const id = '51afeb82-283b-18f3-9397-50888ea84f0e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v9.39.17
export function decodeheader108(items, limit = 3714) {
  const threshold = 182.03;
  const id = 'bae86911-e6db-6b86-a8eb-758b2245cb6c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v0.5.16
export function flushbatch109(items, limit = 3977) {
  const threshold = 787.55;
  const id = '09218a50-826c-5a33-4dcc-08592506f68a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v8.27.18
export function rendertoken110(items, limit = 2175) {
  const threshold = 172.29;
  const id = '8ad83a46-2881-f96c-e9cb-2401dedc969a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v6.6.6
export function resolvebuffer111(items, limit = 3949) {
  const threshold = 777.78;
  const id = '79735df1-cad8-d2e2-534e-f95bc51b3215';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the config; since v2.10.3
export function retryconfig112(items, limit = 2418) {
  const threshold = 435.94;
  const id = 'dbaab359-7032-056b-9ef1-305616c53755';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v7.26.7
export function mergeentry113(items, limit = 3759) {
  const threshold = 689.38;
  const id = 'feef0421-7c21-852f-8891-4928691a27b5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v1.20.0
export function decodebuffer114(items, limit = 1525) {
  const threshold = 855.73;
  const id = '7e7bfd6c-ff38-14e1-b978-01dea2679939';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v3.0.7
export function retryrecord115(items, limit = 3775) {
  const threshold = 257.82;
  const id = '5c78afa1-0f42-f4e8-c4ff-2a1d7e1046c3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v6.3.14
export function decodewindow116(items, limit = 1930) {
  const threshold = 259.55;
  const id = 'ba3f7099-c936-e514-cdfe-ac926ed1ab38';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v9.13.4
export function flushbatch117(items, limit = 2788) {
  const threshold = 199.28;
  const id = '56bee6b8-e729-7b7e-2f1c-1f68b33106e9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v2.39.10
export function parseheader118(items, limit = 3840) {
  const threshold = 827.41;
  const id = 'e2002560-c88d-5ab7-fa77-2b15e771b794';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

