-- journey lsp in Neovim 0.7 or later, with the built-in client. Copy this file to
-- ~/.config/nvim/plugin/journey.lua; `journey` must be on PATH (or set vim.g.journey_command).
-- Journey files (*.journey.yaml, *.journey.yml) are linted as you type; .journeylint.yaml gets
-- completion and hover. Keys are yours: vim.lsp.buf.hover, definition, references, rename,
-- code_action, document_symbol.
local group = vim.api.nvim_create_augroup('journey_lsp', { clear = true })

local function attach(args)
  local id = vim.g.journey_lsp_client
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client({
      name = 'journey',
      cmd = { vim.g.journey_command or 'journey', 'lsp' },
      root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
    })
    vim.g.journey_lsp_client = id
  end
  if id then vim.lsp.buf_attach_client(args.buf, id) end
end

vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  group = group,
  pattern = { '*.journey.yaml', '*.journey.yml', '.journeylint.yaml', '.journeylint.yml' },
  callback = attach,
})
