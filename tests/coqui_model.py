"""A tiny Coqui VITS built with Coqui's own config classes and random weights.

No Coqui weights can be downloaded here, so the Coqui tests speak with this: the real
loading code (``TTS(model_path=…, config_path=…)``), the real synthesis, our pipeline
after it. It says nothing intelligible (the weights are noise) but has the shape,
sample rate and timing behaviour of a real model. Imported only in the Coqui environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ"


def build_tiny_vits(folder: Path, seed: int = 0, phonemes: bool = False) -> Path:
    """Write ``config.json`` and ``model.pth`` of a random VITS (about 1 MB) into ``folder``.

    With ``phonemes`` it reads French through espeak-ng's phonemes, as Coqui's French zoo
    VITS (CSS10) does; without, it reads letters.
    """
    import torch
    from TTS.tts.configs.shared_configs import CharactersConfig
    from TTS.tts.configs.vits_config import VitsConfig
    from TTS.tts.models.vits import Vits, VitsArgs

    torch.manual_seed(seed)
    args = VitsArgs(
        hidden_channels=16,
        hidden_channels_ffn_text_encoder=32,
        num_heads_text_encoder=1,
        num_layers_text_encoder=1,
        num_layers_posterior_encoder=1,
        num_layers_flow=1,
        use_sdp=False,
        resblock_kernel_sizes_decoder=[3],
        resblock_dilation_sizes_decoder=[[1, 3, 5]],
        upsample_initial_channel_decoder=16,
        init_discriminator=False,
    )
    if phonemes:
        config = VitsConfig(model_args=args, use_phonemes=True, phonemizer="espeak", phoneme_language="fr-fr",
                            text_cleaner="multilingual_phoneme_cleaners", add_blank=True)  # fmt: skip
        return _save(Vits(config), config, folder)
    config = VitsConfig(
        model_args=args,
        use_phonemes=False,
        text_cleaner="multilingual_cleaners",
        characters=CharactersConfig(
            characters_class="TTS.tts.models.vits.VitsCharacters",
            pad="<PAD>",
            eos="<EOS>",
            bos="<BOS>",
            blank="<BLNK>",
            characters=FRENCH_LETTERS,
            punctuations=" !'(),-.:;?«»…",
        ),
        add_blank=True,
    )
    config.audio.sample_rate = 22050
    return _save(Vits(config), config, folder)


def _save(model: Any, config: Any, folder: Path) -> Path:
    import torch

    folder.mkdir(parents=True, exist_ok=True)
    config.save_json(str(folder / "config.json"))
    torch.save({"model": model.state_dict(), "config": config.to_dict()}, folder / "model.pth")
    return folder
